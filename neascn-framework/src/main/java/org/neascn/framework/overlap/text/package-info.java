/**
 * Multilingual text similarity for overlap analysis: each language is analysed by the Lucene
 * analyzer that suits it (CJK bigrams for Chinese, Japanese and Korean; Russian and English
 * stemming; a plain tokenizer for Mongolian), and texts become weighted term vectors whose
 * cosine says how alike two objectives or projects read. Terms carry their language family,
 * so text similarity applies only within comparable languages; plans in different languages
 * still meet on shared taxonomy codes.
 */
package org.neascn.framework.overlap.text;
