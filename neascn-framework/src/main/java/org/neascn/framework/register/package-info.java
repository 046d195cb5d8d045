/**
 * What a record of a register names outside itself: the members, partners and plans it refers to
 * and the codes it is filed under. A server checks them on every write, in the same transaction,
 * through {@link RecordReferences}; an analysis asks the same class which stored records would now
 * be refused, and leaves those out instead of failing for everyone.
 */
package org.neascn.framework.register;
