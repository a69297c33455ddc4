/**
 * Notifications: the mail outbox written in the caller's transaction, mails rendered from
 * templates in the recipient's language, the scheduled sender over SMTP and the
 * development mailbox.
 * <p>
 * API: {@link fr.cnnumerique.cafeia.notifications.MailOutbox#enqueue} with an
 * {@link fr.cnnumerique.cafeia.notifications.OutgoingMail}. A template
 * {@code <module>/<name>} is two files, {@code templates/mail/<module>/<name>.txt}
 * (Thymeleaf TEXT mode: write {@code [(#{key})]} and {@code [(${variable})]}, end with
 * {@code [# th:insert="~{mail/footer.txt}" /]}) and {@code .html} (HTML mode, root
 * {@code <html th:replace="~{mail/layout :: layout(~{::title}, ~{::main})}">}), plus the
 * subject message {@code <module>.mail.<name>.subject}. Links must be absolute; every
 * template also gets {@code siteUrl} and {@code recipient}. Rendering happens at enqueue
 * time, so a missing template or message fails the caller's transaction.
 * <p>
 * Delivery: with {@code spring.mail.host} set, a job locks due mails with
 * {@code FOR UPDATE SKIP LOCKED} in small batches (safe on several nodes), sends them as
 * text + HTML, and retries failures with exponential backoff before marking them failed.
 * Without it, mails stay in the outbox. Sent mails are purged after the retention period
 * ({@code cafeia.mail.*}). On the embedded database only, {@code /dev/courriels} lists
 * the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = "shared")
package fr.cnnumerique.cafeia.notifications;
