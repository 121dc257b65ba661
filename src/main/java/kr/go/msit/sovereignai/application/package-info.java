/**
 * The use cases: small transactional EJBs whose public methods are what people do. Transactions
 * and authorisation ({@code @RolesAllowed}) live here, not in pages or the domain.
 */
package kr.go.msit.sovereignai.application;
