/** In-memory implementations of the application's cache ports. */
package kr.go.msit.sovereignai.infrastructure.cache;
