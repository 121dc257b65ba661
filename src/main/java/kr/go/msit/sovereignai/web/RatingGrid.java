package kr.go.msit.sovereignai.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.msit.sovereignai.application.ballot.BallotViews.CriterionChoice;
import kr.go.msit.sovereignai.application.ballot.BallotViews.OpenBallot;
import kr.go.msit.sovereignai.application.ballot.BallotViews.TeamChoice;
import kr.go.msit.sovereignai.domain.LocalizedText;
import kr.go.msit.sovereignai.domain.ballot.Rating;

/**
 * The ballot's rating groups, every team on every public criterion, as one input. It replaces two nested repeats of a
 * radio group each: that tree was walked row by row in every phase of every request, and was a fifth of a ballot's
 * server time. Its value is the answers by {@link BallotPage#key(long, long)}; each group is posted as
 * {@code <grid>:<team>:<criterion>:rating} and a missing or forged rating is refused next to its group, which says it
 * is invalid.
 */
@FacesComponent(createTag = true, namespace = RatingGrid.NAMESPACE, tagName = "ratingGrid")
public class RatingGrid extends UIInput {

    static final String NAMESPACE = "kr.go.msit.sovereignai";

    private enum PropertyKeys {
        ballot,
        describedBy
    }

    public RatingGrid() {
        setRendererType(null); // renders itself
    }

    @Override
    public String getFamily() {
        return "kr.go.msit.sovereignai.RatingGrid";
    }

    /** The round's teams and public criteria. */
    public OpenBallot getBallot() {
        return (OpenBallot) getStateHelper().eval(PropertyKeys.ballot);
    }

    public void setBallot(OpenBallot ballot) {
        getStateHelper().put(PropertyKeys.ballot, ballot);
    }

    /** The id of the text explaining the scale, which every radio refers to. */
    public String getDescribedBy() {
        return (String) getStateHelper().eval(PropertyKeys.describedBy);
    }

    public void setDescribedBy(String describedBy) {
        getStateHelper().put(PropertyKeys.describedBy, describedBy);
    }

    /** The name and id of one team's group on one criterion. */
    String groupId(FacesContext context, TeamChoice team, CriterionChoice criterion) {
        char separator = context.getNamingContainerSeparatorChar();
        return getClientId(context) + separator + team.id() + separator + criterion.id() + separator + "rating";
    }

    @Override
    public void decode(FacesContext context) {
        setValid(true); // as UIInput's own decode does: an earlier refusal is kept in the page's state
        OpenBallot ballot = getBallot();
        if (ballot == null) {
            return;
        }
        Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
        Map<String, String> submitted = new HashMap<>();
        for (TeamChoice team : ballot.teams()) {
            for (CriterionChoice criterion : ballot.criteria()) {
                String value = posted.get(groupId(context, team, criterion));
                if (value != null) {
                    submitted.put(BallotPage.key(team.id(), criterion.id()), value);
                }
            }
        }
        setSubmittedValue(submitted);
    }

    /** Every group answered with a rating on the scale, or the grid is invalid and each failing group says why. */
    @Override
    public void validate(FacesContext context) {
        Map<String, String> submitted = submittedAnswers();
        OpenBallot ballot = getBallot();
        if (submitted == null || ballot == null) {
            return;
        }
        Map<String, Integer> ratings = new HashMap<>();
        boolean valid = true;
        for (TeamChoice team : ballot.teams()) {
            for (CriterionChoice criterion : ballot.criteria()) {
                String key = BallotPage.key(team.id(), criterion.id());
                String raw = submitted.get(key);
                Integer rating = rating(raw);
                if (rating == null) {
                    valid = false;
                    String problem =
                            raw == null || raw.isEmpty() ? "ballot.rating.required" : "ballot.rating.outOfRange";
                    context.addMessage(
                            groupId(context, team, criterion),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(problem), null));
                } else {
                    ratings.put(key, rating);
                }
            }
        }
        if (!valid) {
            setValid(false);
            context.validationFailed();
            return;
        }
        setValue(ratings);
        setSubmittedValue(null);
    }

    /**
     * What this request posted, or null. Not always the map decode() made: a refused grid stays invalid in the page's
     * state, and on a later postback that did not send this form (so nothing was decoded) UIInput answers "" for an
     * invalid input without a submitted value (web.xml: INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL).
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> submittedAnswers() {
        return getSubmittedValue() instanceof Map<?, ?> posted ? (Map<String, String>) posted : null;
    }

    /** A posted rating on the scale (ASCII digits only: Java reads other scripts' digits too), or null. */
    static Integer rating(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 2 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int value = Integer.parseInt(raw);
        return value >= Rating.LOWEST && value <= Rating.HIGHEST ? value : null;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        OpenBallot ballot = getBallot();
        if (ballot == null) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        boolean korean = "ko".equals(context.getViewRoot().getLocale().getLanguage());
        String scaleShort = Messages.text("ballot.scale.short");
        String describedBy = getDescribedBy();
        Map<String, String> submitted = submittedAnswers();
        @SuppressWarnings("unchecked")
        Map<String, Integer> answers = submitted == null ? (Map<String, Integer>) getValue() : null;
        for (TeamChoice team : ballot.teams()) {
            String teamName = text(team.name(), korean);
            writer.startElement("fieldset", this);
            writer.writeAttribute("class", "card ballot-team", null);
            element(writer, "legend", "ballot-team__name", teamName);
            writer.startElement("p", this);
            writer.writeAttribute("class", "ballot-team__model", null);
            if (team.modelName() != null) {
                writer.writeText(team.modelName(), null);
            }
            if (team.demoUrl() != null && !team.demoUrl().isEmpty()) {
                writer.writeText(" · ", null);
                writer.startElement("a", this);
                writer.writeAttribute("href", team.demoUrl(), null);
                writer.writeAttribute("target", "_blank", null);
                writer.writeAttribute("rel", "noopener noreferrer", null);
                writer.writeText(Messages.text("team.demo.open", teamName), null);
                writer.endElement("a");
            }
            writer.endElement("p");
            for (CriterionChoice criterion : ballot.criteria()) {
                String key = BallotPage.key(team.id(), criterion.id());
                String chosen = submitted != null
                        ? submitted.get(key)
                        : answers == null || answers.get(key) == null ? null : String.valueOf(answers.get(key));
                encodeGroup(
                        context,
                        writer,
                        groupId(context, team, criterion),
                        text(criterion.label(), korean),
                        scaleShort,
                        describedBy,
                        chosen);
            }
            writer.endElement("fieldset");
        }
    }

    private void encodeGroup(
            FacesContext context,
            ResponseWriter writer,
            String id,
            String label,
            String scaleShort,
            String describedBy,
            String chosen)
            throws IOException {
        List<FacesMessage> messages = context.getMessageList(id);
        String messageId = id + "-message";
        writer.startElement("fieldset", this);
        writer.writeAttribute("class", "rating-field", null);
        writer.startElement("legend", this);
        writer.writeText(label, null);
        writer.writeText(" ", null);
        element(writer, "span", "visually-hidden", scaleShort);
        writer.endElement("legend");
        writer.startElement("ul", this);
        writer.writeAttribute("id", id, null);
        writer.writeAttribute("class", "rating-scale", null);
        for (int value = Rating.LOWEST; value <= Rating.HIGHEST; value++) {
            String radioId = id + context.getNamingContainerSeparatorChar() + (value - Rating.LOWEST);
            writer.startElement("li", this);
            writer.startElement("input", this);
            writer.writeAttribute("type", "radio", null);
            writer.writeAttribute("name", id, null);
            writer.writeAttribute("id", radioId, null);
            writer.writeAttribute("value", String.valueOf(value), null);
            if (String.valueOf(value).equals(chosen)) {
                writer.writeAttribute("checked", "checked", null);
            }
            if (messages.isEmpty()) {
                writer.writeAttribute("aria-describedby", describedBy, null);
            } else {
                writer.writeAttribute("aria-describedby", describedBy + " " + messageId, null);
                writer.writeAttribute("aria-invalid", "true", null);
            }
            writer.endElement("input");
            writer.startElement("label", this);
            writer.writeAttribute("for", radioId, null);
            writer.writeText(String.valueOf(value), null);
            writer.endElement("label");
            writer.endElement("li");
        }
        writer.endElement("ul");
        writer.startElement("span", this);
        writer.writeAttribute("id", messageId, null);
        if (!messages.isEmpty()) {
            writer.writeAttribute("class", "message message--error", null);
            writer.writeText(messages.get(0).getSummary(), null);
            messages.forEach(FacesMessage::rendered);
        }
        writer.endElement("span");
        writer.endElement("fieldset");
    }

    private void element(ResponseWriter writer, String name, String styleClass, String text) throws IOException {
        writer.startElement(name, this);
        writer.writeAttribute("class", styleClass, null);
        if (text != null) {
            writer.writeText(text, null);
        }
        writer.endElement(name);
    }

    private static String text(LocalizedText text, boolean korean) {
        return text == null ? "" : text.korean(korean);
    }
}
