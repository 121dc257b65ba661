/**
 * How the domain is stored and run: JPA repositories and migrations, seed data, the identity
 * store and throttles, the clock and review timers, caches and deployment settings behind the
 * application's ports. Knows the container; knows nothing of pages.
 */
package kr.go.msit.sovereignai.infrastructure;
