// Tells at once that a chosen file is over the limit, instead of after sending it; the server checks it again.
(() => {
  'use strict';

  const input = document.querySelector('input[type=file][data-max-bytes]');
  if (!input) {
    return;
  }

  input.addEventListener('change', () => {
    const tooLarge = [...input.files].some((file) => file.size > Number(input.dataset.maxBytes));
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
})();
