package kr.go.msit.sovereignai.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.go.msit.sovereignai.application.accounts.AccountMail;
import kr.go.msit.sovereignai.application.mail.MailQueue;
import kr.go.msit.sovereignai.domain.account.OneTimeLink;

/**
 * Writes account mail (Korean first, English second) and posts it to the mail outbox in the caller's transaction
 * ({@link MailQueue}): it leaves once that transaction commits, on this node at once or from any node's sweep, through
 * {@link SmtpMailTransport} (the server log in development).
 */
@ApplicationScoped
public class OutboxAccountMail implements AccountMail {

    private static final String SUBJECT_PREFIX = "[독자 AI 파운데이션 모델 평가 · Sovereign AI Review] ";

    @Inject
    MailQueue queue;

    @Override
    public void sendConfirmationLink(String address, String confirmationLink) {
        long hours = OneTimeLink.Purpose.CONFIRM_EMAIL.validFor().toHours();
        send(address, "이메일 주소를 확인해 주세요 · Please confirm your e-mail address", """
                독자 AI 파운데이션 모델 대국민 평가에 가입해 주셔서 감사합니다.
                아래 링크를 열면 이메일 주소가 확인되고 대국민 평가에 참여할 수 있습니다.
                링크는 %2$d시간 동안 한 번만 쓸 수 있습니다.

                %1$s

                가입한 적이 없다면 이 메일을 무시하세요. 확인되지 않은 계정으로는 투표할 수 없습니다.

                ---
                Thank you for signing up for the public evaluation of the Sovereign AI foundation models.
                Open the link above to confirm your e-mail address and take part; it works once, for %2$d hours.
                If you did not sign up, ignore this mail: an unconfirmed account cannot vote.
                """.formatted(confirmationLink, hours));
    }

    @Override
    public void sendAlreadyRegistered(String address, String signInLink, String forgotPasswordLink) {
        send(address, "이 주소로 가입 시도가 있었습니다 · Someone tried to sign up with this address", """
                누군가 이 이메일 주소로 가입하려 했지만, 이 주소에는 이미 계정이 있습니다.
                본인이라면 기존 비밀번호로 로그인하세요:

                %1$s

                비밀번호를 잊었다면 여기에서 재설정 링크를 받으세요:

                %2$s

                본인이 아니라면 이 메일을 무시하세요. 계정은 아무것도 바뀌지 않았습니다.

                ---
                Someone tried to sign up with this e-mail address, which already has an account.
                If it was you, sign in with your existing password at the first link above,
                or ask for a password reset link at the second.
                If it was not you, ignore this mail: nothing about your account has changed.
                """.formatted(
                        signInLink, forgotPasswordLink));
    }

    @Override
    public void sendReclaimLink(String address, String reclaimLink) {
        long hours = OneTimeLink.Purpose.RECLAIM_ACCOUNT.validFor().toHours();
        send(address, "이 주소로 등록된 확인되지 않은 계정 · An unconfirmed account registered with this address", """
                누군가 이 이메일 주소로 가입하려 했습니다. 이 주소로 이미 등록되었지만 아직 확인되지 않은 계정이 있습니다
                (다른 사람이 이 주소로 등록했을 수 있습니다).
                이 메일함의 주인이고 그 계정을 가져오려면 아래 링크를 여세요. 링크의 페이지에서 새 이름과 새 비밀번호를
                정하면, 이 주소로 등록된 계정을 넘겨받게 되고 그 계정의 이름과 비밀번호가 바뀝니다. 이전 비밀번호는 더 이상
                쓸 수 없고, 그 계정에 로그인한 다른 사람은 로그아웃되며, 그 계정의 본인 인증은 지워집니다.
                링크는 %2$d시간 동안 한 번만 쓸 수 있습니다.

                %1$s

                원하지 않으면 이 메일을 무시하세요. 아무것도 바뀌지 않습니다.

                ---
                Someone tried to sign up with this e-mail address, which already has an account nobody has confirmed
                (perhaps someone else registered it). If this is your mailbox and you want that account, open the link
                above: on its page you choose a new name and a new password, which takes over the account registered
                with your address and replaces its name and password. The earlier password stops working, anyone
                signed in to it is signed out, and its verified identity is removed. The link works once, for %2$d
                hours. If you do not want this, ignore this mail: nothing changes.
                """.formatted(
                        reclaimLink, hours));
    }

    @Override
    public void sendPasswordResetLink(String address, String resetLink) {
        long minutes = OneTimeLink.Purpose.RESET_PASSWORD.validFor().toMinutes();
        send(address, "비밀번호 재설정 · Reset your password", """
                비밀번호 재설정을 요청하셨습니다. 아래 링크를 열어 새 비밀번호를 정하세요.
                링크는 %2$d분 동안 한 번만 쓸 수 있습니다.

                %1$s

                요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.

                ---
                You asked to reset your password. Open the link above to choose a new one;
                it works once, for %2$d minutes. If you did not ask, ignore this mail: your password stays as it is.
                """.formatted(resetLink, minutes));
    }

    @Override
    public void sendPanelSeat(String address, int roundNumber, String pseudonym) {
        send(
                address,
                "제%1$d차 평가 시민 패널에 추첨되셨습니다 · You were drawn for the citizens' panel of review %1$d"
                        .formatted(roundNumber),
                """
                제%1$d차 평가의 시민 패널 위원으로 추첨되셨습니다. 축하드립니다.
                회원님의 가명은 %2$s 입니다. 공개된 추첨 결과(draw.csv)에서 이 가명으로 확인할 수 있고,
                누구나 공개된 자료로 추첨을 다시 실행해 같은 결과를 얻을 수 있습니다. 이름이나 주소는 공개되지 않습니다.
                이 평가에서는 시민 패널 위원의 투표만 점수에 반영됩니다. 평가가 열리면 로그인해 참여해 주세요.
                참여할 수 없게 되면 패널 페이지에서 사퇴할 수 있습니다(예비 위원이 이어받을 수 있습니다).

                ---
                You were drawn as a member of the citizens' panel of review %1$d. Your pseudonym is %2$s: look it up in
                the published draw (draw.csv); anyone can re-run the draw from the open data and get the same panel. No
                names or addresses are ever published. In this review only the panel members' votes are scored: please
                sign in and take part when the review opens. If you cannot, withdraw on the panel page (a reserve of
                your type may take your seat).
                """.formatted(roundNumber, pseudonym));
    }

    private void send(String address, String subject, String text) {
        queue.post(address, SUBJECT_PREFIX + subject, text);
    }
}
