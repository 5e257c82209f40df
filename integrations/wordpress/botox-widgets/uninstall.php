<?php
/**
 * Deleting the plugin (Plugins → Delete) removes its settings: the botox_widgets_settings
 * option, on every site of a network. Posts keep their blocks and shortcodes.
 *
 * @package BotoxWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$botox_widgets_option = 'botox_widgets_settings';

if ( is_multisite() ) {
	$botox_widgets_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $botox_widgets_sites as $botox_widgets_site ) {
		switch_to_blog( (int) $botox_widgets_site );
		delete_option( $botox_widgets_option );
		restore_current_blog();
	}
	delete_site_option( $botox_widgets_option );
} else {
	delete_option( $botox_widgets_option );
}
