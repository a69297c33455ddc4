package fr.cnnumerique.cafeia.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;

/**
 * RFC 6238 time-based codes as every authenticator app reads them: SHA-1, six digits, 30
 * second steps, 160-bit secrets. Verification says which step matched, so that a code can
 * be refused once it has been used.
 */
final class Totp {

	static final int PERIOD_SECONDS = 30;

	static final String ISSUER = "Café IA";

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private static final SecretGenerator secrets = new DefaultSecretGenerator(32);

	private static final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private Totp() {
	}

	static String newSecret() {
		return secrets.generate();
	}

	static long currentStep(Clock clock) {
		return clock.instant().getEpochSecond() / PERIOD_SECONDS;
	}

	/**
	 * The step, one before to one after the current one (clock drift, slow typing), whose
	 * code this is and that comes after {@code lastUsedStep}.
	 */
	static OptionalLong matchingStep(String secret, String code, Long lastUsedStep, Clock clock) {
		if (code == null || !SIX_DIGITS.matcher(code).matches()) {
			return OptionalLong.empty();
		}
		long now = currentStep(clock);
		for (long step = now - 1; step <= now + 1; step++) {
			if (lastUsedStep != null && step <= lastUsedStep) {
				continue;
			}
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String code(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Cannot compute a TOTP code", ex);
		}
	}

	/**
	 * The secret in groups of four characters, easier to type into an app by hand.
	 */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	static String otpauthUri(String secret, String accountName) {
		return new QrData.Builder().label(accountName)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	/**
	 * The QR code of the otpauth URI as an SVG {@code data:} URI, which the Content
	 * Security Policy allows as an image; one path, no script.
	 */
	static String qrCodeDataUri(String uri) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.MARGIN, 4);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Cannot draw the QR code", ex);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
				+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

}
