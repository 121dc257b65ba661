/**
 * The programme and its teams: the public catalogue anyone may read, administrators registering
 * and revising teams, and the GPU ledger.
 */
package kr.go.msit.sovereignai.application.programme;
