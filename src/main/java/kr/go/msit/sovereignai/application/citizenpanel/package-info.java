/**
 * The citizens' panel of a round (issue 23, {@code docs/citizen-panel.md}): the administrator's settings and the
 * seed, the citizens' volunteering, the freeze at the deadline (pool digest, LEXIMIN lottery, commitment), the draw,
 * and what pages and the open data read. Transactions and authorisation live here.
 */
package kr.go.msit.sovereignai.application.citizenpanel;
