package fr.cnnumerique.cafeia.feedback.participant;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn by the page itself as inline SVG: one path of unit squares over a white
 * square of {@code size} units, so it prints sharp at any size and needs no script nor
 * image request.
 *
 * @param size width and height in modules, quiet zone included
 * @param path the SVG path data of the dark modules
 */
record QrCode(int size, String path) {

	static QrCode of(String text) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.MARGIN, 4);
		// Q survives a poster that is folded, stained or pinned through
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q);
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
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
		return new QrCode(matrix.getWidth(), path.toString());
	}

	public String viewBox() {
		return "0 0 " + this.size + " " + this.size;
	}

}
