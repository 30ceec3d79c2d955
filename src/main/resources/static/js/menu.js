// At narrow widths the menu folds behind a button; without scripts it stays open as a list of links.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.querySelector('header .menu-button');
  const menu = document.getElementById('main-menu');
  if (!button || !menu) {
    return;
  }
  document.documentElement.classList.add('menu-folds');
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    menu.classList.toggle('open', !open);
  });
});
