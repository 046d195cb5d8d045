/**
 * The one strict reader of request bodies. Every body a client sends (a register's record, a
 * workflow command) is read here in three passes, each reporting every problem it finds with its
 * full JSON path ({@code targets[2].indicators[0].unit}):
 *
 * <ol>
 *   <li>{@link JsonSyntax}: well-formed UTF-8 JSON with nothing after it, no duplicate keys, no
 *       lone surrogates or control characters, numbers within the {@link BodyLimits};</li>
 *   <li>{@link BodyShape}: the JSON has the shape of the Java type it becomes (no unknown field,
 *       the right JSON type, an enum's value among those allowed), texts within their lengths;</li>
 *   <li>{@link DomainBinding}: the values pass their records' own checks; a failing record is
 *       reported at its path and its siblings are still checked.</li>
 * </ol>
 *
 * <p>{@link RequestBodies} runs them. Nothing here knows HTTP: a server maps an
 * {@link InputRejectedException} to its error format.
 */
package org.neascn.framework.input;
