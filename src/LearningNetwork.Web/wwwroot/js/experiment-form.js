// The project form shows only the partners, barriers and lessons in use; the others are added one at a time, a
// barrier or lesson by choosing it. Without this script every row shows and the form works the same: rows left
// empty are not saved.
(() => {
  'use strict';

  const fields = 'select, textarea, input:not([type=hidden])';

  const inUse = (row) =>
    [...row.querySelectorAll(fields)].some((field) => field.value.trim() !== '') ||
    row.querySelector('.utrecht-form-field-error-message') !== null;

  for (const group of document.querySelectorAll('[data-choices]')) {
    const rows = [...group.querySelectorAll('[data-choice]')];
    const adder = group.querySelector('[data-add]');
    const picker = adder.querySelector('select');
    const button = adder.querySelector('button');

    const show = (row) => {
      row.hidden = false;
      picker?.querySelector(`option[value="${row.id}"]`)?.remove();
    };
    const offerMore = () => {
      adder.hidden = !rows.some((row) => row.hidden);
    };

    for (const row of rows) {
      if (inUse(row)) {
        show(row);
      } else {
        row.hidden = true;
      }
    }

    offerMore();
    button.addEventListener('click', () => {
      const row = picker ? rows.find((r) => r.id === picker.value) : rows.find((r) => r.hidden);
      if (!row) {
        picker?.focus();
        return;
      }

      show(row);
      if (picker) {
        picker.value = '';
      }

      offerMore();
      row.querySelector(fields).focus();
    });
  }
})();
