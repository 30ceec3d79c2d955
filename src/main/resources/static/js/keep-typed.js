// What an officer typed into a form is never lost to a refusal. As a form is sent, what he typed is kept in this
// tab's session storage; if the page that answers is a refusal (it says so in an alert) and shows the same form
// empty, what he typed is put back. Hidden fields (the form's version, its CSRF token) and passwords are never kept:
// a stale version must stay stale, and a secret never lands in storage. An answer that is not a refusal forgets it.
document.addEventListener('DOMContentLoaded', () => {
  const KEY = 'haven.typed';
  const refused = document.querySelector('main .error[role=alert], main [aria-invalid=true]') !== null;
  let kept = null;
  try {
    kept = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  } catch (e) {
    kept = null;
  }
  sessionStorage.removeItem(KEY);
  const typed = field => field.name && !field.disabled && field.type !== 'hidden' && field.type !== 'password'
      && field.type !== 'file' && field.type !== 'submit' && field.type !== 'button';
  if (refused && kept && kept.action) {
    document.querySelectorAll('form').forEach(form => {
      if (form.getAttribute('action') !== kept.action) {
        return;
      }
      // Only what one types counts: a list always has a choice, a box its default.
      const empty = Array.from(form.elements).filter(typed)
          .filter(f => f.tagName === 'TEXTAREA' || (f.tagName === 'INPUT' && f.type !== 'checkbox' && f.type !== 'radio'))
          .every(f => !f.value || f.value === f.defaultValue);
      if (!empty) {
        return; // the page gave back what he typed itself
      }
      Array.from(form.elements).filter(typed).forEach(field => {
        const value = kept.values[field.name + '#' + Array.from(form.elements).filter(f => f.name === field.name).indexOf(field)];
        if (value === undefined) {
          return;
        }
        if (field.type === 'checkbox' || field.type === 'radio') {
          field.checked = value === true;
        } else {
          field.value = value;
        }
      });
    });
  }
  document.addEventListener('submit', event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post') {
      return;
    }
    const values = {};
    Array.from(form.elements).filter(typed).forEach(field => {
      const index = Array.from(form.elements).filter(f => f.name === field.name).indexOf(field);
      values[field.name + '#' + index] = (field.type === 'checkbox' || field.type === 'radio') ? field.checked : field.value;
    });
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ action: form.getAttribute('action'), values: values }));
    } catch (e) {
      // storage full or refused: the server's own answer is all there is
    }
  });
});
