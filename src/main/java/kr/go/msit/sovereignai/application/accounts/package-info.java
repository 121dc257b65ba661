/** Citizens signing up and accounts setting their password with a one-time link. */
package kr.go.msit.sovereignai.application.accounts;
