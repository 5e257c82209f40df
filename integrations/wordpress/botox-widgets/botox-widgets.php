<?php
/**
 * Plugin Name:       Botox Widgets
 * Plugin URI:        https://github.com/botox-migraine-widgets/botox-migraine-widgets
 * Description:       A candidacy self-check, a treatment timeline and a benefits list for a clinic's "Botox for migraines" pages: three blocks, a [botox_widget] shortcode, and the widgets' own tags in any HTML.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            botox-migraine-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       botox-widgets
 * Domain Path:       /languages
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/*
 * The build (scripts/build-wordpress.mjs) writes package.json's version wherever the source
 * says 0.0.0-dev: in the header above and here.
 */
define( 'BOTOX_WIDGETS_VERSION', '0.0.0-dev' );
define( 'BOTOX_WIDGETS_FILE', __FILE__ );
define( 'BOTOX_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'BOTOX_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once BOTOX_WIDGETS_DIR . 'includes/options.php';
require_once BOTOX_WIDGETS_DIR . 'includes/schema.php';
require_once BOTOX_WIDGETS_DIR . 'includes/assets.php';
require_once BOTOX_WIDGETS_DIR . 'includes/render.php';
require_once BOTOX_WIDGETS_DIR . 'includes/blocks.php';
require_once BOTOX_WIDGETS_DIR . 'includes/shortcode.php';
require_once BOTOX_WIDGETS_DIR . 'includes/kses.php';

if ( is_admin() && is_readable( BOTOX_WIDGETS_DIR . 'includes/settings.php' ) ) {
	require_once BOTOX_WIDGETS_DIR . 'includes/settings.php';
}

/**
 * Loads the plugin's own translations (block titles and the settings screen).
 *
 * WordPress.org language packs in wp-content/languages/plugins/ load on their own; this also
 * finds .mo files shipped in the plugin's languages/ folder.
 */
function botox_widgets_load_textdomain() {
	load_plugin_textdomain( 'botox-widgets', false, dirname( plugin_basename( BOTOX_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'botox_widgets_load_textdomain', 5 );

// Front end and editor.
add_action( 'init', 'botox_widgets_register_blocks' );
add_action( 'init', 'botox_widgets_register_shortcode' );
add_action( 'enqueue_block_editor_assets', 'botox_widgets_enqueue_editor_assets' );
add_action( 'admin_print_footer_scripts', 'botox_widgets_print_editor_module', 9 );
add_action( 'customize_controls_print_footer_scripts', 'botox_widgets_print_editor_module', 9 );
add_filter( 'pre_do_shortcode_tag', 'botox_widgets_pre_do_shortcode_tag', 10, 4 );

// Markup: allowed tags, curly quotes, the classic editor.
add_filter( 'wp_kses_allowed_html', 'botox_widgets_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'botox_widgets_kses_uri_attributes' );
add_filter( 'content_save_pre', 'botox_widgets_straighten_saved_content', 9 );
add_filter( 'the_content', 'botox_widgets_straighten_content', 9 );
add_filter( 'the_content', 'botox_widgets_unautop', 11 );
add_filter( 'widget_text_content', 'botox_widgets_straighten_content', 9 );
add_filter( 'widget_block_content', 'botox_widgets_straighten_content', 9 );
add_filter( 'widget_custom_html_content', 'botox_widgets_straighten_content', 9 );
add_filter( 'tiny_mce_before_init', 'botox_widgets_tiny_mce_before_init', 10, 2 );

// Raw element markup in content and widgets: load the script for it.
add_filter( 'the_content', 'botox_widgets_detect_markup', 1000 );
add_filter( 'widget_text_content', 'botox_widgets_detect_markup', 1000 );
add_filter( 'widget_block_content', 'botox_widgets_detect_markup', 1000 );
add_filter( 'widget_custom_html_content', 'botox_widgets_detect_markup', 1000 );
add_filter( 'render_block_core/html', 'botox_widgets_detect_markup', 1000 );

// The script, the data block and the reserved space.
add_action( 'wp_head', 'botox_widgets_print_head', 9 );
add_action( 'wp_footer', 'botox_widgets_print_footer_data', 9 );
add_action( 'wp_footer', 'botox_widgets_print_footer_script', 20 );

// Admin: a notice when the generated files are missing (a source checkout, not a build).
add_action( 'admin_notices', 'botox_widgets_admin_notice_missing_build' );

register_activation_hook( BOTOX_WIDGETS_FILE, 'botox_widgets_activate' );
