<?php
/**
 * The plugin's one option, botox_widgets_settings, read with its defaults.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The option's name.
 */
define( 'BOTOX_WIDGETS_OPTION', 'botox_widgets_settings' );

/**
 * The settings' defaults.
 *
 * - locale: '' follows the site language; otherwise a shipped or added language code.
 * - clinic_name, booking_url: defaults for every widget that does not set its own.
 * - wording: code => array( message id => text ), the clinic's own wording.
 * - languages: code => array( 'dir' => 'ltr'|'rtl', 'messages' => array( id => text ) ).
 *
 * @return array
 */
function botox_widgets_default_settings() {
	return array(
		'locale'      => '',
		'clinic_name' => '',
		'booking_url' => '',
		'wording'     => array(),
		'languages'   => array(),
	);
}

/**
 * The settings, merged with the defaults, every value of the expected type.
 *
 * Whatever the stored option holds (an older format, a hand edit, another type), the result
 * has every key, strings where strings are expected and arrays of strings where arrays are.
 *
 * @return array See botox_widgets_default_settings().
 */
function botox_widgets_get_settings() {
	$defaults = botox_widgets_default_settings();
	$stored   = get_option( BOTOX_WIDGETS_OPTION, array() );
	if ( ! is_array( $stored ) ) {
		return $defaults;
	}

	$settings = $defaults;
	foreach ( array( 'locale', 'clinic_name', 'booking_url' ) as $key ) {
		if ( isset( $stored[ $key ] ) && is_string( $stored[ $key ] ) ) {
			$settings[ $key ] = trim( $stored[ $key ] );
		}
	}
	if ( '' !== $settings['locale'] && ! botox_widgets_is_language_code( $settings['locale'] ) ) {
		$settings['locale'] = '';
	}

	if ( isset( $stored['wording'] ) && is_array( $stored['wording'] ) ) {
		foreach ( $stored['wording'] as $code => $messages ) {
			if ( ! is_string( $code ) || ! botox_widgets_is_language_code( $code ) ) {
				continue;
			}
			$messages = botox_widgets_clean_messages( $messages );
			if ( array() !== $messages ) {
				$settings['wording'][ $code ] = $messages;
			}
		}
	}

	if ( isset( $stored['languages'] ) && is_array( $stored['languages'] ) ) {
		foreach ( $stored['languages'] as $code => $language ) {
			if ( ! is_string( $code ) || ! botox_widgets_is_language_code( $code ) || ! is_array( $language ) ) {
				continue;
			}
			$settings['languages'][ $code ] = array(
				'dir'      => ( isset( $language['dir'] ) && 'rtl' === $language['dir'] ) ? 'rtl' : 'ltr',
				'messages' => botox_widgets_clean_messages( isset( $language['messages'] ) ? $language['messages'] : array() ),
			);
		}
	}

	return $settings;
}

/**
 * Whether a string looks like a language code (BCP 47 shape: `en`, `pt-BR`, `zh-Hans`, `vi`).
 *
 * @param mixed $code The code.
 * @return bool
 */
function botox_widgets_is_language_code( $code ) {
	return is_string( $code ) && 1 === preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/', $code );
}

/**
 * A message map with only string ids and string texts (valid UTF-8, no control characters).
 *
 * @param mixed $messages Message id => text.
 * @return array
 */
function botox_widgets_clean_messages( $messages ) {
	$clean = array();
	if ( ! is_array( $messages ) ) {
		return $clean;
	}
	foreach ( $messages as $id => $text ) {
		if ( ! is_string( $id ) || 1 !== preg_match( '/^[a-z0-9][a-z0-9._-]*$/', $id ) || ! is_string( $text ) ) {
			continue;
		}
		$text = wp_check_invalid_utf8( $text );
		$text = preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', $text );
		if ( is_string( $text ) && '' !== trim( $text ) ) {
			$clean[ $id ] = $text;
		}
	}
	return $clean;
}

/**
 * On activation: creates the option with its defaults (autoloaded) when there is none yet.
 */
function botox_widgets_activate() {
	add_option( BOTOX_WIDGETS_OPTION, botox_widgets_default_settings(), '', 'yes' );
}
