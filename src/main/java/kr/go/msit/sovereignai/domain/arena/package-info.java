/**
 * The blind pairwise arena: a round's committed prompt set, each team's frozen answers, the
 * battles issued to citizens and their votes, and the pure analysis (Bradley–Terry with a
 * citizen-level bootstrap) that turns votes into the PUBLIC component. No container or web imports.
 */
package kr.go.msit.sovereignai.domain.arena;
