// Report form: the "Ajouter" and "Retirer" buttons of the question, concern and proposal
// lists change the rows in place instead of posting the form back. Without JavaScript
// the buttons post the form, and the server sends it back with the list changed.
(function () {
	'use strict';
	var lists = document.querySelectorAll('fieldset[data-item-list]');

	function renumber(fieldset) {
		var field = fieldset.getAttribute('data-item-list');
		var rows = fieldset.querySelectorAll('li.item-row');
		rows.forEach(function (row, index) {
			row.querySelectorAll('textarea, select').forEach(function (control) {
				var part = control.name.replace(/^.*\]\./, '');
				var oldId = control.id;
				control.name = field + '[' + index + '].' + part;
				control.id = field + index + '.' + part;
				var label = row.querySelector('label[for="' + oldId + '"]');
				if (label) {
					label.htmlFor = control.id;
					label.textContent = label.textContent.replace(/\d+(?!.*\d)/, String(index + 1));
				}
			});
			var remove = row.querySelector('button[name="remove"]');
			if (remove) {
				remove.value = remove.value.replace(/-\d+$/, '-' + index);
				var label = remove.getAttribute('aria-label');
				if (label) {
					remove.setAttribute('aria-label', label.replace(/\d+(?!.*\d)/, String(index + 1)));
				}
			}
		});
		var add = fieldset.querySelector('button[name="add"]');
		var max = parseInt(fieldset.getAttribute('data-max-items') || '20', 10);
		if (add) {
			add.disabled = rows.length >= max;
		}
	}

	function blankCopy(row) {
		var copy = row.cloneNode(true);
		copy.querySelectorAll('.error-message').forEach(function (error) {
			error.remove();
		});
		copy.querySelectorAll('.field-error').forEach(function (field) {
			field.classList.remove('field-error');
		});
		copy.querySelectorAll('textarea').forEach(function (text) {
			text.value = '';
			text.removeAttribute('aria-invalid');
			text.removeAttribute('aria-describedby');
		});
		copy.querySelectorAll('select').forEach(function (select) {
			select.selectedIndex = 0;
			select.removeAttribute('aria-invalid');
			select.removeAttribute('aria-describedby');
		});
		return copy;
	}

	lists.forEach(function (fieldset) {
		var list = fieldset.querySelector('ol.item-rows');
		fieldset.addEventListener('click', function (event) {
			var button = event.target.closest('button');
			if (!button || (button.name !== 'add' && button.name !== 'remove')) {
				return;
			}
			event.preventDefault();
			var rows = list.querySelectorAll('li.item-row');
			if (button.name === 'add') {
				var copy = blankCopy(rows[rows.length - 1]);
				list.appendChild(copy);
				renumber(fieldset);
				copy.querySelector('textarea').focus();
			}
			else {
				var row = button.closest('li.item-row');
				if (rows.length === 1) {
					list.appendChild(blankCopy(row));
				}
				row.remove();
				renumber(fieldset);
				var add = fieldset.querySelector('button[name="add"]');
				(list.querySelector('li.item-row:last-child textarea') || add).focus();
			}
		});
	});
})();
