/**
 * How the domain is stored and started: JPA repositories, Flyway migrations, seed data, the
 * identity store and the clock. Knows the container; knows nothing of pages.
 */
package kr.go.msit.sovereignai.infrastructure;
