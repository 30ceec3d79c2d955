/**
 * Security: who may sign in, with which roles, and what each role may do.
 *
 * <p>Local accounts with hashed passwords are the embedded default; on first start an administrator is created
 * with a one-time password printed once, to be changed at first sign-in. OpenID Connect sign-in (e.g. Keycloak)
 * is configured by properties. Browsers hold a session with CSRF protection; the API takes bearer tokens. A request
 * no rule allows is refused. Officers act under their own name: the signed-in officer is who made a move.
 */
@NullMarked
package org.haven.security;

import org.jspecify.annotations.NullMarked;
