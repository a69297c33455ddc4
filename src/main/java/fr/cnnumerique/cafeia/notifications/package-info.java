/**
 * Notifications: the mail outbox written in the caller's transaction, French mails
 * rendered from templates, the scheduled sender over SMTP and the development mailbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = "shared")
package fr.cnnumerique.cafeia.notifications;
