package fr.cnnumerique.cafeia.registrations.facilitator;

/**
 * The figures of a café's registrations; they stay once personal data is erased.
 *
 * @param confirmed confirmed registrations
 * @param confirmedPlaces places they take, companions included
 * @param waiting registrations on the waiting list
 * @param waitingPlaces places they ask for
 * @param cancelled cancelled registrations
 * @param present confirmed registrations marked present
 * @param presentPlaces places of those marked present
 * @param erased confirmed or waiting registrations whose personal data was erased
 */
record RegistrantCounts(int confirmed, int confirmedPlaces, int waiting, int waitingPlaces, int cancelled, int present,
		int presentPlaces, int erased) {

	/**
	 * Whether every confirmed or waiting registration was erased: the lists have nothing
	 * left to show.
	 */
	public boolean allErased() {
		return this.erased > 0 && this.erased == this.confirmed + this.waiting;
	}

}
