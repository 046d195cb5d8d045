import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { countryShapes } from './basemap';
import type { Position } from './positions';

export interface Place {
  id: string;
  kind: 'member' | 'project';
  label: string;
  position: Position;
  onOpen: () => void;
}

/**
 * The Leaflet map: the bundled country shapes as the only layer, a keyboard-focusable marker
 * per place (Enter opens it, as a click does), fitted to what is shown.
 */
export function MapView({ places, label }: { places: Place[]; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const markers = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { worldCopyJump: true, minZoom: 2, maxZoom: 10, attributionControl: true, keyboard: true });
    m.attributionControl.setPrefix(false);
    m.attributionControl.addAttribution('Natural Earth');
    m.setView([40, 120], 3);
    map.current = m;
    markers.current = L.layerGroup().addTo(m);
    let live = true;
    void countryShapes().then((shapes) => {
      if (!live) return;
      L.geoJSON(shapes, { style: { color: '#7d8b99', weight: 0.6, fillColor: '#fbfaf5', fillOpacity: 1 }, interactive: false }).addTo(m).bringToBack();
    });
    return () => {
      live = false;
      m.remove();
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    const group = markers.current;
    if (!m || !group) return;
    group.clearLayers();
    for (const place of places) {
      const icon = L.divIcon({ className: `map-marker map-marker-${place.kind}`, html: '', iconSize: place.kind === 'member' ? [18, 18] : [12, 12] });
      const marker = L.marker([place.position.latitude, place.position.longitude], { icon, title: place.label, alt: place.label, keyboard: true, riseOnHover: true });
      marker.on('click', place.onOpen);
      marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter') place.onOpen();
      });
      marker.bindTooltip(place.label);
      marker.addTo(group);
    }
    if (places.length > 0) {
      m.fitBounds(L.latLngBounds(places.map((p) => [p.position.latitude, p.position.longitude] as [number, number])).pad(0.3), { maxZoom: 6 });
    }
  }, [places]);

  return <div ref={element} className="map" role="region" aria-label={label} />;
}
