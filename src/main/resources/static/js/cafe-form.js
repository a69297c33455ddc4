// Café form: shows only the fields that apply to the choices made (recurrence, format,
// registration, price). Without JavaScript every field stays visible and the server
// ignores those that do not apply.
(function () {
	'use strict';
	var form = document.querySelector('form input[name="title"]');
	if (!form) {
		return;
	}
	form = form.form;

	function checked(name) {
		var input = form.querySelector('input[name="' + name + '"]:checked');
		return input ? input.value : null;
	}

	function field(name) {
		var input = form.querySelector('[name="' + name + '"]');
		return input ? input.closest('.field') : null;
	}

	function show(element, visible) {
		// a field with an error stays in sight
		if (element) {
			element.hidden = !visible && !element.classList.contains('field-error');
		}
	}

	function update() {
		var recurrence = checked('recurrence');
		var repeats = recurrence !== null && recurrence !== 'NONE';
		show(document.getElementById('recurrenceEnd'), repeats);
		show(field('occurrenceCount'), repeats && checked('recurrenceEnd') === 'COUNT');
		show(field('untilDate'), repeats && checked('recurrenceEnd') === 'UNTIL');
		var format = checked('format');
		show(field('venueId'), format !== 'ONLINE');
		show(field('venueCommune'), format !== 'ONLINE');
		show(field('onlineUrl'), format !== 'IN_PERSON');
		show(field('registrationUrl'), checked('registration') === 'EXTERNAL');
		var free = form.querySelector('input[name="freeOfCharge"][type="checkbox"]');
		show(field('priceDetails'), free && !free.checked);
	}

	form.addEventListener('change', update);
	update();
})();
