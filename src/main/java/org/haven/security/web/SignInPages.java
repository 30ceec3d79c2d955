package org.haven.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.security.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, and the page to change one's password (the only page a one-time password opens). */
@Controller
class SignInPages {

    private final Accounts accounts;

    SignInPages(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The sign-in page. After a refused sign-in it says why when the reason tells nothing to a stranger (a lockout,
     * which falls on a user name whether or not it has an account; a one-time password expired, told only to whoever
     * gave it right); otherwise that the user name or password is wrong.
     */
    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        Object last = session == null
                ? null
                : session.getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof org.springframework.security.authentication.LockedException locked) {
            model.addAttribute("refusal", locked.getMessage());
        } else if (last instanceof org.haven.security.SignInNotRecorded unavailable) {
            model.addAttribute("refusal", unavailable.getMessage());
        } else if (last instanceof org.springframework.security.authentication.CredentialsExpiredException) {
            model.addAttribute("refusal", org.haven.security.OneTimePasswords.EXPIRED);
        }
        return "security/login";
    }

    @GetMapping("/account/password")
    String password() {
        return "security/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam String current,
            @RequestParam String replacement,
            @RequestParam String repeated,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            if (!replacement.equals(repeated)) {
                throw new IllegalArgumentException("the new password and its repetition differ");
            }
            accounts.changePassword(authentication.getName(), current, replacement);
        } catch (IllegalArgumentException | BadCredentialsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return "security/password";
        }
        // Signed in again with the new password, so the session carries the account's roles.
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?changed";
    }
}
