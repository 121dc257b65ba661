/** What a fresh database starts with: the programme, its teams, review 1 and the first administrator. */
package kr.go.msit.sovereignai.infrastructure.seed;
