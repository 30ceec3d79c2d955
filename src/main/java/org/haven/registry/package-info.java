/**
 * Registry: the people Haven knows, with every form of their names, and the name trace that finds them again
 * in any spelling: transliterated from Cyrillic by English, French or German conventions, damaged by typists and
 * OCR, inverted, cut to initials. Namesakes stay apart: Victor and Alexander KRAVCHENKO are two people.
 */
@NullMarked
package org.haven.registry;

import org.jspecify.annotations.NullMarked;
