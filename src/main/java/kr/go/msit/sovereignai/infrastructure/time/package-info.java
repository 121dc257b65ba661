/** The clock and the persistent EJB timers that wake the review schedule. */
package kr.go.msit.sovereignai.infrastructure.time;
