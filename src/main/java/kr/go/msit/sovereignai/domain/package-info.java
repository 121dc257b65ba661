/**
 * The competition in its own words: programme, teams, GPU ledger, review rounds and accounts.
 * Plain Java with JPA annotations only; nothing here may import the container, the web or
 * the application layer.
 */
package kr.go.msit.sovereignai.domain;
