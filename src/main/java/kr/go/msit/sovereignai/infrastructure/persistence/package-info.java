/** JPA repositories behind the domain's repository interfaces, the Flyway migrations, and the database's own coordination rows. */
package kr.go.msit.sovereignai.infrastructure.persistence;
