/**
 * The use cases, grouped by what people do: {@code ballot} (citizens evaluate), {@code scoring}
 * (reviewers score, administrators manage panels), {@code rounds} (the schedule and a round's
 * rules), {@code results} (tally and publication), {@code programme} (teams and GPUs),
 * {@code accounts} and {@code audit}. Use cases are small transactional EJBs whose public methods
 * are what people do; transactions and authorisation ({@code @RolesAllowed}) live here, not in
 * pages or the domain. Ports the infrastructure implements sit beside the use cases that need them.
 */
package kr.go.msit.sovereignai.application;
