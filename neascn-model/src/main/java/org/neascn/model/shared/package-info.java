/**
 * The shared kernel: values that every part of a network's domain speaks in, such as
 * multilingual text, money with its currency, countries and periods, and the one kind of
 * error that a value raises when it is built from invalid data.
 */
package org.neascn.model.shared;
