package org.scriptorium.app.desktop.notify;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;

/** Windows and others: a balloon from an icon in the system tray, put there on the first notification. */
final class TrayNotifier implements Notifier {
    private TrayIcon icon;

    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError noAwt) {
            return false;
        }
    }

    @Override
    public synchronized void show(String title, String text) throws Exception {
        if (icon == null) {
            TrayIcon added = new TrayIcon(image(), "Scriptorium");
            added.setImageAutoSize(true);
            SystemTray.getSystemTray().add(added);
            icon = added;
        }
        icon.displayMessage(title, text, TrayIcon.MessageType.WARNING);
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            SystemTray.getSystemTray().remove(icon);
            icon = null;
        }
    }

    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x3B, 0x5B, 0xDB));
        g.fillRoundRect(2, 2, 28, 28, 8, 8);
        g.dispose();
        return image;
    }

    @Override
    public String name() {
        return "the system tray";
    }
}
