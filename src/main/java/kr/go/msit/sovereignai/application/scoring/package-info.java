/**
 * The panels at work: a reviewer's own sheets and conflicts ({@code ReviewerConsole}: where a sheet
 * is saved and submitted), administrators managing reviewers, assignments, conflicts, reopened
 * sheets and progress ({@code ReviewerAdministration}), and when a conflict may still be declared.
 */
package kr.go.msit.sovereignai.application.scoring;
