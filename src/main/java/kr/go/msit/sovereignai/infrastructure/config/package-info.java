/** Deployment settings read from the environment (or system properties), behind the application's ports. */
package kr.go.msit.sovereignai.infrastructure.config;
