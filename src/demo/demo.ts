const select = document.querySelector<HTMLSelectElement>('#lang');
select?.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
