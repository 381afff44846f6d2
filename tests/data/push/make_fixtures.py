#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the push fixtures in this folder: bodies as an OpenALPR / Rekor Scout agent and a Hikvision ANPR
camera send them (docs/domain.md, "What cameras send"), with small real JPEGs drawn here.

Run from anywhere with Debian's python3 and python3-opencv:  /usr/bin/python3 tests/data/push/make_fixtures.py
The output is deterministic for a given OpenCV build; the committed files are what the tests read.
"""

import base64
import json
from datetime import datetime, timezone
from pathlib import Path

import cv2
import numpy as np

HERE = Path(__file__).resolve().parent
PLATE = "AB12 CDE"
CAMERA_ID = 1431604898  # Rekor agents number their cameras
HIKVISION_BOUNDARY = "MIME_boundary"


def epoch_ms(text):
    return int(datetime.fromisoformat(text).astimezone(timezone.utc).timestamp() * 1000)


def jpeg(image, quality=80):
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def plate_crop(text, background=(0, 200, 255)):
    """A UK rear plate: black characters on yellow (BGR)."""
    image = np.full((40, 170, 3), background, np.uint8)
    cv2.rectangle(image, (1, 1), (168, 38), (0, 0, 0), 1)
    cv2.putText(image, text, (8, 30), cv2.FONT_HERSHEY_SIMPLEX, 0.95, (0, 0, 0), 2, cv2.LINE_AA)
    return image


def overview(text):
    """A road scene: grey tarmac, a silver car body and its plate."""
    image = np.zeros((240, 320, 3), np.uint8)
    for y in range(240):
        image[y, :] = (70 + y // 6, 70 + y // 6, 72 + y // 6)
    cv2.rectangle(image, (70, 60), (250, 200), (190, 190, 185), -1)
    cv2.rectangle(image, (90, 70), (230, 115), (90, 80, 70), -1)
    image[150:190, 75:245] = plate_crop(text)
    return image


def b64(data):
    return base64.b64encode(data).decode("ascii")


def write_json(name, body):
    (HERE / name).write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


def alpr_group(plate_jpeg, vehicle_jpeg):
    start = epoch_ms("2026-11-25T10:15:30.123+00:00")
    return {
        "data_type": "alpr_group",
        "version": 2,
        "epoch_start": start,
        "epoch_end": start + 1840,
        "frame_start": 18211,
        "frame_end": 18238,
        "company_id": "8f2c6c1e-0b0e-4a43-9b0b-3f6d9c1f2a11",
        "agent_uid": "kR9xWq2LmT7pVb4N",
        "agent_version": "4.1.1",
        "agent_type": "alprd",
        "camera_id": CAMERA_ID,
        "gps_latitude": 51.501364,
        "gps_longitude": -0.14189,
        "country": "gb",
        "uuids": ["kR9xWq2LmT7pVb4N-1431604898-1795601730123", "kR9xWq2LmT7pVb4N-1431604898-1795601731963"],
        "plate_indexes": [0, 0],
        "candidates": [
            {"plate": "AB12CDE", "confidence": 94.71, "matches_template": 1},
            {"plate": "AB12C0E", "confidence": 81.2, "matches_template": 0},
            {"plate": "A812CDE", "confidence": 77.9, "matches_template": 0},
        ],
        "vehicle_crop_jpeg": b64(vehicle_jpeg),
        "best_plate": {
            "plate": "AB12CDE",
            "confidence": 94.71,
            "matches_template": 1,
            "plate_index": 0,
            "region": "gb",
            "region_confidence": 96,
            "processing_time_ms": 21.4,
            "requested_topn": 10,
            "coordinates": [{"x": 75, "y": 150}, {"x": 244, "y": 150}, {"x": 244, "y": 189}, {"x": 75, "y": 189}],
            "plate_crop_jpeg": b64(plate_jpeg),
        },
        "best_confidence": 94.71,
        "best_plate_number": "AB12CDE",
        "best_region": "gb",
        "best_region_confidence": 96,
        "matches_template": True,
        "best_image_width": 320,
        "best_image_height": 240,
        "best_uuid": "kR9xWq2LmT7pVb4N-1431604898-1795601730123",
        "travel_direction": 182.5,
        "is_parked": False,
        "is_preview": False,
        "vehicle_signature": "",
        "vehicle": {
            "color": [{"name": "silver-gray", "confidence": 81.3}, {"name": "white", "confidence": 11.9}],
            "make": [{"name": "ford", "confidence": 88.4}, {"name": "vauxhall", "confidence": 6.1}],
            "make_model": [{"name": "ford_focus", "confidence": 71.0}, {"name": "ford_fiesta", "confidence": 20.2}],
            "body_type": [{"name": "hatchback", "confidence": 90.5}, {"name": "sedan-standard", "confidence": 5.5}],
            "year": [{"name": "2010-2014", "confidence": 42.0}],
        },
    }


def alpr_results(plate_jpeg):
    return {
        "version": 2,
        "data_type": "alpr_results",
        "epoch_time": epoch_ms("2026-11-25T10:15:31.500+00:00"),
        "img_width": 1280,
        "img_height": 720,
        "processing_time_ms": 117.6,
        "error": False,
        "regions_of_interest": [{"x": 0, "y": 0, "width": 1280, "height": 720}],
        "results": [
            {
                "plate": "AB12CDE",
                "confidence": 94.46,
                "matches_template": 1,
                "plate_index": 0,
                "region": "gb",
                "region_confidence": 96,
                "processing_time_ms": 18.0,
                "requested_topn": 10,
                "coordinates": [{"x": 612, "y": 402}, {"x": 781, "y": 398}, {"x": 783, "y": 438}, {"x": 611, "y": 441}],
                "plate_crop_jpeg": b64(plate_jpeg),
                "vehicle_region": {"x": 472, "y": 178, "width": 452, "height": 452},
                "candidates": [
                    {"plate": "AB12CDE", "confidence": 94.46, "matches_template": 1},
                    {"plate": "AB12C0E", "confidence": 80.1, "matches_template": 0},
                ],
            },
            {
                "plate": "XY34ZZF",
                "confidence": 88.02,
                "matches_template": 1,
                "plate_index": 1,
                "region": "gb",
                "region_confidence": 91,
                "processing_time_ms": 16.2,
                "requested_topn": 10,
                "coordinates": [{"x": 101, "y": 520}, {"x": 262, "y": 522}, {"x": 261, "y": 560}, {"x": 100, "y": 557}],
                "vehicle_region": {"x": 0, "y": 300, "width": 420, "height": 420},
                "candidates": [{"plate": "XY34ZZF", "confidence": 88.02, "matches_template": 1}],
            },
        ],
        "uuid": "kR9xWq2LmT7pVb4N-1431604898-1795601731500",
        "camera_id": CAMERA_ID,
        "site_id": "westminster-bridge",
        "company_id": "8f2c6c1e-0b0e-4a43-9b0b-3f6d9c1f2a11",
        "agent_uid": "kR9xWq2LmT7pVb4N",
        "agent_version": "4.1.1",
        "agent_type": "alprd",
    }


def heartbeat():
    now = epoch_ms("2026-11-25T10:16:00+00:00")
    return {
        "data_type": "heartbeat",
        "company_id": "8f2c6c1e-0b0e-4a43-9b0b-3f6d9c1f2a11",
        "agent_uid": "kR9xWq2LmT7pVb4N",
        "agent_version": "4.1.1",
        "agent_hostname": "anpr-westminster-01",
        "os": "linux",
        "timestamp": now,
        "system_uptime_seconds": 864211,
        "daemon_uptime_seconds": 86390,
        "cpu_cores": 4,
        "cpu_last_update": now - 1000,
        "cpu_usage_percent": 31.5,
        "disk_quota_total_bytes": 8000000000,
        "disk_quota_consumed_bytes": 2143281920,
        "disk_quota_earliest_result": now - 604800000,
        "memory_consumed_bytes": 912261120,
        "memory_last_update": now - 1000,
        "memory_total_bytes": 4124000256,
        "memory_swapused_bytes": 0,
        "processing_threads_active": 2,
        "processing_threads_configured": 2,
        "beanstalk_queue_size": 0,
        "video_streams": [
            {
                "camera_id": CAMERA_ID,
                "camera_name": "Westminster Bridge eastbound",
                "fps": 15,
                "is_streaming": True,
                "url": "rtsp://10.20.0.41/Streaming/Channels/101",
                "last_plate_read": now - 29877,
                "last_update": now - 400,
                "gps_latitude": 51.501364,
                "gps_longitude": -0.14189,
            },
            {
                "camera_id": 1431604899,
                "camera_name": "Westminster Bridge westbound",
                "fps": 15,
                "is_streaming": True,
                "url": "rtsp://10.20.0.42/Streaming/Channels/101",
                "last_plate_read": now - 61200,
                "last_update": now - 400,
            },
        ],
    }


HIKVISION_XML = """<?xml version="1.0" encoding="UTF-8"?>
<EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
<ipAddress>192.168.1.64</ipAddress>
<ipv6Address>::ffff:192.168.1.64</ipv6Address>
<portNo>80</portNo>
<protocol>HTTP</protocol>
<macAddress>44:19:b6:2a:10:7c</macAddress>
<channelID>1</channelID>
<dateTime>2026-11-25T10:15:30+00:00</dateTime>
<activePostCount>1</activePostCount>
<eventType>ANPR</eventType>
<eventState>active</eventState>
<eventDescription>ANPR</eventDescription>
<channelName>Camera 01</channelName>
<ANPR>
<country>UK</country>
<licensePlate>AB12CDE</licensePlate>
<line>1</line>
<direction>forward</direction>
<confidenceLevel>96</confidenceLevel>
<plateType>unknown</plateType>
<plateColor>yellow</plateColor>
<licenseBright>0</licenseBright>
<dangmark>no</dangmark>
<twoWheelVehicle>no</twoWheelVehicle>
<threeWheelVehicle>no</threeWheelVehicle>
<plateCharBelieve>99,99,98,97,99,96,95</plateCharBelieve>
<vehicleType>vehicle</vehicleType>
<detectDir>8</detectDir>
<detectType>0</detectType>
<vehicleInfo>
<index>1</index>
<vehicleType>0</vehicleType>
<colorDepth>2</colorDepth>
<color>white</color>
<length>0</length>
<vehicleLogoRecog>1036</vehicleLogoRecog>
<vehileSubLogoRecog>0</vehileSubLogoRecog>
<vehileModel>0</vehileModel>
</vehicleInfo>
<pictureInfoList>
<pictureInfo>
<fileName>licensePlatePicture.jpg</fileName>
<type>licensePlatePicture</type>
<dataType>0</dataType>
<picRecogMode>1</picRecogMode>
<absTime>20261125101530123</absTime>
</pictureInfo>
<pictureInfo>
<fileName>detectionPicture.jpg</fileName>
<type>detectionPicture</type>
<dataType>0</dataType>
<picRecogMode>1</picRecogMode>
<absTime>20261125101530123</absTime>
</pictureInfo>
</pictureInfoList>
<originalLicensePlate>AB12CDE</originalLicensePlate>
</ANPR>
<UUID>4b6e8c2a-1f7d-4e0a-9c3b-5d2e7f8a9b10</UUID>
<picNum>2</picNum>
<monitoringSiteID></monitoringSiteID>
<isDataRetransmission>false</isDataRetransmission>
</EventNotificationAlert>
"""


def hikvision(plate_jpeg, detection_jpeg):
    """A multipart/form-data body as the camera's HTTP listening push sends it (CRLF line ends)."""

    def part(name, content_type, data):
        head = (
            f"--{HIKVISION_BOUNDARY}\r\n"
            f'Content-Disposition: form-data; name="{name}"; filename="{name}"\r\n'
            f"Content-Type: {content_type}\r\n"
            f"Content-Length: {len(data)}\r\n"
            "\r\n"
        )
        return head.encode("ascii") + data + b"\r\n"

    xml = HIKVISION_XML.replace("\n", "\r\n").encode("utf-8")
    return (
        part("anpr.xml", "application/xml", xml)
        + part("licensePlatePicture.jpg", "image/jpeg", plate_jpeg)
        + part("detectionPicture.jpg", "image/jpeg", detection_jpeg)
        + f"--{HIKVISION_BOUNDARY}--\r\n".encode("ascii")
    )


def main():
    plate_jpeg = jpeg(plate_crop(PLATE))
    scene_jpeg = jpeg(overview(PLATE), quality=70)
    write_json("alpr_group.json", alpr_group(plate_jpeg, scene_jpeg))
    write_json("alpr_results.json", alpr_results(plate_jpeg))
    write_json("heartbeat.json", heartbeat())
    (HERE / "hikvision_anpr.multipart").write_bytes(hikvision(plate_jpeg, scene_jpeg))


if __name__ == "__main__":
    main()
