package kr.go.msit.sovereignai.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read-only open-data API under {@code /api}: no sign-in, no state changes. */
@ApplicationPath("/api")
public class OpenDataApplication extends Application {}
