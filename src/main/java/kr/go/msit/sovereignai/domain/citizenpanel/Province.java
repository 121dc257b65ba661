package kr.go.msit.sovereignai.domain.citizenpanel;

/**
 * The 17 first-level divisions (시·도). Seoul, Incheon and Gyeonggi form the capital region (수도권); the panel's
 * region feature is {@code CAPITAL} or {@code ELSEWHERE}.
 */
public enum Province {
    SEOUL("서울특별시", true),
    BUSAN("부산광역시", false),
    DAEGU("대구광역시", false),
    INCHEON("인천광역시", true),
    GWANGJU("광주광역시", false),
    DAEJEON("대전광역시", false),
    ULSAN("울산광역시", false),
    SEJONG("세종특별자치시", false),
    GYEONGGI("경기도", true),
    GANGWON("강원특별자치도", false),
    CHUNGBUK("충청북도", false),
    CHUNGNAM("충청남도", false),
    JEONBUK("전북특별자치도", false),
    JEONNAM("전라남도", false),
    GYEONGBUK("경상북도", false),
    GYEONGNAM("경상남도", false),
    JEJU("제주특별자치도", false);

    /** The region feature's value codes (as in {@code FeatureSpace.ministry()}). */
    public static final String CAPITAL = "CAPITAL";

    public static final String ELSEWHERE = "ELSEWHERE";

    private final String koreanName;
    private final boolean capitalRegion;

    Province(String koreanName, boolean capitalRegion) {
        this.koreanName = koreanName;
        this.capitalRegion = capitalRegion;
    }

    public String koreanName() {
        return koreanName;
    }

    public boolean isCapitalRegion() {
        return capitalRegion;
    }

    /** {@code CAPITAL} or {@code ELSEWHERE}. */
    public String region() {
        return capitalRegion ? CAPITAL : ELSEWHERE;
    }

    /** The province of a code; refused with {@link VolunteerFormInvalid} for anything else. */
    public static Province ofCode(String code) {
        if (code != null) {
            for (Province province : values()) {
                if (province.name().equals(code.strip())) {
                    return province;
                }
            }
        }
        throw new VolunteerFormInvalid(VolunteerFormInvalid.Field.PROVINCE, "panel.volunteer.province");
    }
}
