<?php
/**
 * The three dynamic blocks (blocks/<type>/block.json) and the block editor script.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * On init: registers the editor script handle that the block.json files name
 * ('botox-widgets-editor'), then the blocks, each rendered on the server by
 * botox_widgets_render_block().
 */
function botox_widgets_register_blocks() {
	botox_widgets_register_editor_script();

	foreach ( botox_widgets_schema()['elements'] as $element ) {
		$dir = BOTOX_WIDGETS_DIR . 'blocks/' . $element['type'];
		if ( ! is_readable( $dir . '/block.json' ) || WP_Block_Type_Registry::get_instance()->is_registered( $element['block'] ) ) {
			continue;
		}
		register_block_type(
			$dir,
			array(
				'render_callback' => 'botox_widgets_render_block',
			)
		);
	}
}

/**
 * Registers editor/blocks.js as 'botox-widgets-editor', with the dependencies and version from
 * editor/blocks.asset.php.
 */
function botox_widgets_register_editor_script() {
	$script = BOTOX_WIDGETS_DIR . 'editor/blocks.js';
	if ( ! is_readable( $script ) || wp_script_is( 'botox-widgets-editor', 'registered' ) ) {
		return;
	}
	$asset        = array();
	$asset_file   = BOTOX_WIDGETS_DIR . 'editor/blocks.asset.php';
	$dependencies = array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' );
	$version      = BOTOX_WIDGETS_VERSION;
	if ( is_readable( $asset_file ) ) {
		$asset = include $asset_file;
	}
	if ( is_array( $asset ) ) {
		if ( isset( $asset['dependencies'] ) && is_array( $asset['dependencies'] ) ) {
			$dependencies = array_values( array_filter( $asset['dependencies'], 'is_string' ) );
		}
		if ( isset( $asset['version'] ) && is_string( $asset['version'] ) && '' !== $asset['version'] ) {
			$version = $asset['version'];
		}
	}
	wp_register_script( 'botox-widgets-editor', BOTOX_WIDGETS_URL . 'editor/blocks.js', $dependencies, $version, false );
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'botox-widgets-editor', 'botox-widgets', BOTOX_WIDGETS_DIR . 'languages' );
	}
}
