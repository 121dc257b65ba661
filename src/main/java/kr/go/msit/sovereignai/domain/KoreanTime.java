package kr.go.msit.sovereignai.domain;

import java.time.ZoneId;

/** The programme runs on Korean time: windows are agreed and shown in Asia/Seoul. */
public final class KoreanTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private KoreanTime() {}
}
