/**
 * A round's life and rules: the review schedule the timers drive ({@code ReviewSchedule.advance}:
 * where a round opens, is held and closes), administrators postponing, opening and closing rounds
 * early ({@code RoundAdministration}), the points per component and rubrics ({@code RoundRules}),
 * the {@code ReviewTimers} port the EJB timers implement, and {@code RoundCatalogue}, the rounds as
 * records ({@code RoundViews}) for the pages and the open data, made at the injected clock's instant.
 */
package kr.go.msit.sovereignai.application.rounds;
