// The demo's language switcher sets <html lang>; the widgets follow it.
const select = document.querySelector<HTMLSelectElement>('#lang');
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
}
