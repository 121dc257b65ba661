/** Sign-in: the identity store, password hashing, and the throttles that slow down password guessing and floods of sign-ups and ballots. */
package kr.go.msit.sovereignai.infrastructure.security;
