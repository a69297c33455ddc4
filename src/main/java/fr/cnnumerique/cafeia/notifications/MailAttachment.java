package fr.cnnumerique.cafeia.notifications;

import java.util.Arrays;

/**
 * A file sent with a mail, such as the calendar file of a café.
 *
 * @param fileName the name shown to the recipient: letters, digits, dots, dashes and
 * underscores, at most 100 characters
 * @param contentType the MIME type, such as {@code text/calendar; charset=utf-8}
 * @param content the bytes, at most 1 MiB (copied)
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

	/**
	 * Checks the attachment can be stored and sent.
	 * @throws IllegalArgumentException if the name, type or size is not acceptable
	 */
	public MailAttachment {
		if (fileName == null || !fileName.matches("[A-Za-z0-9._-]{1,100}")) {
			throw new IllegalArgumentException("Attachment names are plain file names");
		}
		if (contentType == null || contentType.isBlank()) {
			throw new IllegalArgumentException("An attachment needs a content type");
		}
		if (content == null || content.length > 1024 * 1024) {
			throw new IllegalArgumentException("Attachments hold at most 1 MiB");
		}
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MailAttachment that && this.fileName.equals(that.fileName)
				&& this.contentType.equals(that.contentType) && Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return 31 * this.fileName.hashCode() + Arrays.hashCode(this.content);
	}

	@Override
	public String toString() {
		return "MailAttachment[" + this.fileName + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
