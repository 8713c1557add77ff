package fr.heurecivique.browser;

/** The sizes the web pages are checked at: a desktop window and a phone (375 × 812, an iPhone X/11 Pro/12 mini). */
public enum Viewport {
    DESKTOP(1280, 900, false), PHONE(375, 812, true);

    private final int width;
    private final int height;
    private final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
        this.width = width;
        this.height = height;
        this.mobile = mobile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean mobile() {
        return mobile;
    }
}
