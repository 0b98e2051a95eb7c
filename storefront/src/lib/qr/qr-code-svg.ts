import "server-only"
import QRCode from "qrcode"

/**
 * An SVG QR code of `url`, drawn on the server so it costs the browser no script. Error
 * correction "M" survives a scuffed label on packaging; the quiet zone is the 4 modules the
 * standard asks for, so a phone reads it even printed against a busy background.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#1c1917", light: "#ffffff" } })
}
