/**
 * Pages: one JSF backing bean per page, plus locale, formatting and message helpers. Beans call
 * application services only; they never touch the EntityManager or decide who may do what.
 */
package kr.go.msit.sovereignai.web;
