package kr.go.msit.sovereignai.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import kr.go.msit.sovereignai.application.accounts.IdentityVerification;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.PanelView;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Seat;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.Stage;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.VolunteerForm;
import kr.go.msit.sovereignai.application.citizenpanel.PanelViews.VolunteerView;
import kr.go.msit.sovereignai.application.citizenpanel.PublicPanels;
import kr.go.msit.sovereignai.application.citizenpanel.Volunteering;
import kr.go.msit.sovereignai.application.rounds.RoundCatalogue;
import kr.go.msit.sovereignai.application.rounds.RoundViews;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.citizenpanel.ProficiencyQuestionnaire;
import kr.go.msit.sovereignai.domain.citizenpanel.Province;
import kr.go.msit.sovereignai.domain.citizenpanel.TooYoungToVolunteer;
import kr.go.msit.sovereignai.domain.citizenpanel.VolunteerFormInvalid;

/**
 * A citizen's part in a round's panel ({@code /account/panel.xhtml?round=N}): without a verified identity, why and
 * the way there (coming back here); otherwise the volunteering form (sex and birth year from the verified identity
 * where it asserts them, 시·도, the proficiency questionnaire), then their pseudonym, entry and withdrawal, and after
 * the draw whether they were drawn.
 */
@Named
@ViewScoped
public class VolunteerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Volunteering volunteering;

    @Inject
    PublicPanels panels;

    @Inject
    IdentityVerification verification;

    @Inject
    RoundCatalogue catalogue;

    private Integer round;
    private PanelView panel;
    private VolunteerView entry;
    private boolean citizen;
    private boolean verified;
    private boolean loaded;
    private boolean roundSettled;
    private boolean roundCancelled;

    private String sex;
    private boolean sexVerified;
    private Integer birthYear;
    private boolean birthYearVerified;
    private String province;
    private String[] answers = new String[ProficiencyQuestionnaire.QUESTIONS];

    /** View action: an unknown round answers 404; a round without a panel says so. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        if (round == null) {
            round = latestWithPanel();
            if (round == null) {
                loaded = true; // the citizen's menu, and no round has a panel: said on the page
                return;
            }
        }
        RoundViews.RoundView found = PageActions.loadOrNotFound(
                "round", () -> round == null ? null : catalogue.round(round).orElse(null));
        if (found == null) {
            return;
        }
        roundSettled = found.hasClosed();
        roundCancelled = found.cancelled();
        loaded = true;
        citizen = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.CITIZEN_NAME);
        refresh();
    }

    /** Without {@code ?round=} (the citizen's menu): the latest round that has a panel, or none (404). */
    private Integer latestWithPanel() {
        return catalogue.rounds().stream()
                .map(r -> r.number())
                .sorted(java.util.Comparator.reverseOrder())
                .filter(number -> panels.panel(number).isPresent())
                .findFirst()
                .orElse(null);
    }

    private void refresh() {
        panel = panels.panel(round).orElse(null);
        if (panel == null || !citizen) {
            return;
        }
        verified = verification.status().verified();
        if (!verified) {
            return;
        }
        entry = volunteering.mine(round).orElse(null);
        if ((entry == null || entry.withdrawn()) && sex == null && birthYear == null) {
            VolunteerForm defaults = volunteering.verifiedDefaults();
            sex = defaults.sex();
            sexVerified = defaults.sex() != null;
            birthYear = defaults.birthYear();
            birthYearVerified = defaults.birthYear() != null;
        }
    }

    /** "지원하기": the form as it is; refusals next to their field or at the top. */
    public void volunteer() {
        List<Integer> scored = new ArrayList<>();
        boolean complete = true;
        for (int q = 0; q < ProficiencyQuestionnaire.QUESTIONS; q++) {
            Integer answer = answer(q);
            if (answer == null) {
                Messages.error("volunteer:answers:" + q + ":answer", "panel.volunteer.answerRequired");
                complete = false;
            }
            scored.add(answer);
        }
        if (province == null || province.isBlank()) {
            Messages.error("volunteer:province", "panel.volunteer.provinceRequired");
            complete = false;
        }
        if (!sexVerified && (sex == null || sex.isBlank())) {
            Messages.error("volunteer:sex", "panel.volunteer.sexRequired");
            complete = false;
        }
        if (!birthYearVerified && birthYear == null) {
            Messages.error("volunteer:birthYear", "panel.volunteer.birthYearRequired");
            complete = false;
        }
        if (!complete) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        VolunteerForm form = new VolunteerForm(sex, birthYear, province, List.copyOf(scored));
        PageActions.answer(
                () -> {
                    entry = volunteering.volunteer(round, form);
                    Messages.info("panel.volunteer.accepted", entry.pseudonym());
                    return true;
                },
                refused -> {
                    if (refused instanceof VolunteerFormInvalid invalid) {
                        Messages.error(formField(invalid.field()), invalid.messageKey(), invalid.arguments());
                    } else if (refused instanceof TooYoungToVolunteer young) {
                        Messages.error("volunteer:birthYear", young.messageKey(), young.arguments());
                    } else if (refused instanceof IdentityNotVerified) {
                        verified = false;
                    } else {
                        Messages.refused(refused);
                    }
                    return false;
                });
        refresh();
    }

    /** "지원 철회": before the deadline the entry leaves the pool; a drawn member's seat is left empty. */
    public void withdraw() {
        if (PageActions.attempt(() -> volunteering.withdraw(round))) {
            Messages.info(
                    entry != null && entry.seat() == Seat.MEMBER
                            ? "panel.volunteer.withdrawnMember"
                            : "panel.volunteer.withdrawn");
        }
        entry = null;
        refresh();
    }

    /** Where a refused input is shown: next to it (the questionnaire: above the form). */
    private static String formField(VolunteerFormInvalid.Field field) {
        return switch (field) {
            case SEX -> "volunteer:sex";
            case BIRTH_YEAR -> "volunteer:birthYear";
            case PROVINCE -> "volunteer:province";
            case QUESTIONNAIRE -> null;
        };
    }

    private Integer answer(int question) {
        String value = answers[question];
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int chosen = Integer.parseInt(value);
            return chosen >= 0 && chosen <= ProficiencyQuestionnaire.MAX_ANSWER ? chosen : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whether the form is offered: a panel still taking volunteers and no entry yet (or a withdrawn one: rejoining). */
    public boolean isFormShown() {
        return panel != null
                && !roundCancelled
                && panel.stage() == Stage.VOLUNTEERING
                && (entry == null || entry.withdrawn());
    }

    /**
     * Withdrawal is possible while volunteering and, for a seated member, after the draw; never once the round has
     * closed (the membership it scored with is settled).
     */
    public boolean isWithdrawable() {
        if (entry == null || entry.withdrawn() || panel == null || roundSettled) {
            return false;
        }
        return panel.stage() == Stage.VOLUNTEERING || (panel.stage() == Stage.DRAWN && entry.seat() == Seat.MEMBER);
    }

    /** This page as a return address for the identity page (percent-encoded). */
    public String getReturnPath() {
        return URLEncoder.encode("/account/panel.xhtml?round=" + round, StandardCharsets.UTF_8);
    }

    public List<Integer> getQuestions() {
        return IntStream.range(0, ProficiencyQuestionnaire.QUESTIONS).boxed().toList();
    }

    public List<Integer> getOptions() {
        return IntStream.rangeClosed(0, ProficiencyQuestionnaire.MAX_ANSWER)
                .boxed()
                .toList();
    }

    /** The 시·도, capital region first. */
    public List<String> getProvinces() {
        return java.util.stream.Stream.concat(
                        Arrays.stream(Province.values()).filter(Province::isCapitalRegion),
                        Arrays.stream(Province.values()).filter(p -> !p.isCapitalRegion()))
                .map(Province::name)
                .toList();
    }

    public List<Integer> getBirthYears() {
        int last = java.time.Year.now(kr.go.msit.sovereignai.domain.KoreanTime.ZONE)
                        .getValue()
                - 19;
        return IntStream.rangeClosed(0, 90).map(i -> last - i).boxed().toList();
    }

    public String value(String feature, String code) {
        return PanelForms.value(feature, code);
    }

    public Optional<VolunteerView> entry() {
        return Optional.ofNullable(entry);
    }

    public VolunteerView getEntry() {
        return entry;
    }

    public PanelView getPanel() {
        return panel;
    }

    public boolean isCitizen() {
        return citizen;
    }

    public boolean isVerified() {
        return verified;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        if (!sexVerified) {
            this.sex = sex;
        }
    }

    public boolean isSexVerified() {
        return sexVerified;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        if (!birthYearVerified) {
            this.birthYear = birthYear;
        }
    }

    public boolean isBirthYearVerified() {
        return birthYearVerified;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String[] getAnswers() {
        return answers;
    }
}
